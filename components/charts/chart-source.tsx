"use client";

import { createContext, useContext, type ReactNode } from "react";

const ChartSourceContext = createContext("Source: the comparator's dataset.");

/** The source line every chart download on the page carries (lib/charts/standalone-svg: sourceLine). */
export function ChartSource({ line, children }: { line: string; children: ReactNode }) {
  return <ChartSourceContext value={line}>{children}</ChartSourceContext>;
}

export const useChartSource = () => useContext(ChartSourceContext);
