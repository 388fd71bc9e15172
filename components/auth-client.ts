"use client";
import { anonymousClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** better-auth's browser client, same origin. */
export const authClient = createAuthClient({ plugins: [anonymousClient()] });
