// The part of autocannon's API the load worker uses (the package ships no types).
declare module 'autocannon' {
  interface RequestDefinition {
    setupRequest?(request: Record<string, unknown>, context: Record<string, unknown>): Record<string, unknown>;
    onResponse?(status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>): void;
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    timeout?: number;
    requests: RequestDefinition[];
  }
  interface Result {
    errors: number;
    timeouts: number;
  }
  /** A running load: awaitable for its result, stoppable early. */
  interface Instance extends PromiseLike<Result> {
    stop(): void;
  }
  function autocannon(options: Options): Instance;
  export default autocannon;
}
