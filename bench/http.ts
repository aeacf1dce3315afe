/** A small JSON client for seeding and probing, and a bounded pool for running many calls at once. */
export interface Answer {
  status: number;
  text: string;
  json: unknown;
}

export class HttpClient {
  constructor(
    readonly baseUrl: string,
    readonly key: string,
  ) {}

  withKey(key: string): HttpClient {
    return new HttpClient(this.baseUrl, key);
  }

  /** `timeoutMs` stays under 300 s: Node's fetch gives up waiting for response headers then. */
  async call(method: string, path: string, body?: unknown, timeoutMs = 120_000): Promise<Answer> {
    const headers: Record<string, string> = { 'x-api-key': this.key };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json };
  }
}

/** True when the answer says Saldo has no such route (yet): 404 "nothing at this path", or 405. */
export function routeMissing(answer: Answer): boolean {
  if (answer.status === 405) return true;
  return answer.status === 404 && /route_not_found|nothing at this path/i.test(answer.text);
}

export function isSuccess(answer: Answer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

/** Runs `work` over the items with at most `concurrency` in flight; stops taking new items once one throws. */
export async function inPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        await work(items[index]!, index);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failure !== undefined) throw failure;
}
