import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("fills the defaults", () => {
    const env = readEnv({});
    expect(env.DATABASE_URL).toBe("file:data/factdeck.db");
    expect(env.AUTH_RATE_LIMIT).toBe("on");
    expect(env.AUTH_TRUSTED_PROXIES).toEqual([]);
  });

  it("splits the trusted proxies", () => {
    expect(readEnv({ AUTH_TRUSTED_PROXIES: " 10.0.0.1, 192.168.0.0/16 ,," }).AUTH_TRUSTED_PROXIES).toEqual(["10.0.0.1", "192.168.0.0/16"]);
  });

  it("names every bad variable", () => {
    expect(() => readEnv({ DATABASE_URL: "postgres://x", AUTH_RATE_LIMIT: "maybe" })).toThrow(
      /DATABASE_URL[\s\S]*AUTH_RATE_LIMIT|AUTH_RATE_LIMIT[\s\S]*DATABASE_URL/,
    );
  });
});
