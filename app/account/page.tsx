import type { Metadata } from "next";
import { AccountPanel } from "@/components/account/account-panel";

export const metadata: Metadata = { title: "Account" };

export default function AccountPage() {
  return (
    <div className="max-w-md space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Account</h1>
      <AccountPanel />
    </div>
  );
}
