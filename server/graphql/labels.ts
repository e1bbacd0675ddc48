import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum whose values carry their Chinese label as description, and returns
 * the labels so types can also expose them as `…Label` fields (clients read Chinese).
 */
export function registerLabelledEnum<E extends Record<string, string>>(
  values: E,
  options: { name: string; description: string; labels: Record<E[keyof E], string> },
): Record<E[keyof E], string> {
  registerEnumType(values, {
    name: options.name,
    description: options.description,
    valuesConfig: Object.fromEntries(
      Object.keys(values).map((key) => [key, { description: options.labels[values[key] as E[keyof E]] }]),
    ) as never,
  });
  return options.labels;
}
