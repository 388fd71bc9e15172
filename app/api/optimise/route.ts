import { getOptimiseStatus, optimiseSchedule, resetWeights } from "@/db/optimise";
import { withUser } from "../_lib/respond";
import { UserLimit } from "../_lib/user-limit";

const fitting = new UserLimit(10, 10 * 60_000, "optimisations");

export const dynamic = "force-dynamic";

/** GET /api/optimise: `{ reviews, needed, optimised, lastResult? }` for the settings panel. */
export const GET = withUser(async (_req, user) => Response.json(await getOptimiseStatus({ userId: user.id })));

/**
 * POST /api/optimise: fits the learner's FSRS parameters to their reviews (no body).
 * 200 `{ status: "optimised" | "kept", reviews, before, after, weights, message }`;
 * 422 `{ error }` when there are too few reviews; 409 when a fit is already running.
 */
export const POST = withUser(async (_req, user) => {
  await fitting.take(user.id);
  return Response.json(await optimiseSchedule({ userId: user.id }));
});

/** DELETE /api/optimise: back to the default parameters; answers like GET. */
export const DELETE = withUser(async (_req, user) => Response.json(await resetWeights({ userId: user.id })));
