import { QueryClient } from "@tanstack/react-query";

/** The one QueryClient factory: the same defaults wherever a client is made. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}
