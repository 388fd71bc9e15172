import { getStudyQueue } from "@/db/study";
import { otherMethods } from "@/lib/api-routes";
import { studyNextQuerySchema } from "@/lib/schemas";
import { readQuery, withUser } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/study/next?limit=N[&article=ID][&tag=TAG][&leeches=1][&more=1][&ahead=DAYS][&cram=1]: the next cards to study, without answers. */
export const GET = withUser(async (req, user) => {
  const query = readQuery(req, studyNextQuerySchema);
  const result = await getStudyQueue({
    userId: user.id,
    now: new Date(),
    limit: query.limit,
    articleId: query.article,
    tag: query.tag,
    leeches: query.leeches === "1",
    more: query.more === "1",
    aheadDays: query.ahead,
    cram: query.cram === "1",
  });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});

// proxy.ts skips this route (lib/api-routes.ts PROXY_SKIPS): the methods it lacks are answered here, as the proxy would.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("/api/study/next");
