import { describe, expect, it } from "vitest";
import { checkOrigin, requestHost } from "./respond";

const post = (headers: Record<string, string>) => new Request("http://app.test/api/reviews", { method: "POST", headers });

describe("checkOrigin and X-Forwarded-Host (issue 10)", () => {
  it("without a configured proxy, X-Forwarded-Host from the client is ignored: only Host counts", () => {
    const forged = post({ host: "app.test", origin: "https://evil.test", "x-forwarded-host": "evil.test" });
    expect(requestHost(forged, [])).toBe("app.test");
    expect(() => checkOrigin(forged, [])).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => checkOrigin(post({ host: "app.test", origin: "http://app.test" }), [])).not.toThrow();
  });

  it("behind a configured proxy, X-Forwarded-Host names the host the browser asked for", () => {
    const proxied = post({ host: "10.0.0.5:3000", origin: "https://factdeck.example", "x-forwarded-host": "factdeck.example" });
    expect(requestHost(proxied, ["10.0.0.1"])).toBe("factdeck.example");
    expect(() => checkOrigin(proxied, ["10.0.0.1"])).not.toThrow();
    expect(() => checkOrigin(proxied, [])).toThrow(expect.objectContaining({ status: 403 }));
  });
});
