import type { Metadata } from "next";
import { ProgressView } from "@/components/progress/progress-view";

export const metadata: Metadata = { title: "Progress" };

export default function ProgressPage() {
  return (
    <div className="space-y-5">
      <h1 className="font-serif text-2xl font-semibold">Progress</h1>
      <ProgressView />
    </div>
  );
}
