import type { Metadata } from "next";
import { SettingsForm } from "@/components/settings/settings-form";
import { OptimisePanel } from "@/components/settings/optimise-panel";
import { YourData } from "@/components/data/your-data";

export const metadata: Metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Settings</h1>
      <SettingsForm />
      <OptimisePanel />
      <YourData />
    </div>
  );
}
