-- (filled in by its module)
select 1;
