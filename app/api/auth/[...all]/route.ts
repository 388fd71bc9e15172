import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/db/auth";

export const { GET, POST } = toNextJsHandler(auth);
