"use client";
import { useQuery } from "@tanstack/react-query";
import type { ProgressResponse } from "@/lib/progress-types";
import { api } from "../api";
import { useSessionState } from "../providers";

/** GET /api/progress, shared by the dashboard and /progress (one cache entry). */
export function useProgress() {
  const { ready } = useSessionState();
  return useQuery({ queryKey: ["progress"], queryFn: () => api<ProgressResponse>("/api/progress"), enabled: ready, staleTime: 0 });
}
