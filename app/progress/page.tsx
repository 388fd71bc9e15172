import type { Metadata } from "next";
import { TodayPanel } from "@/components/today-panel";

export const metadata: Metadata = { title: "Progress" };

export default function ProgressPage() {
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Progress</h1>
      <TodayPanel />
    </div>
  );
}
