// What to undo when the page changes (charts to dispose), kept apart from ECharts so that pages without
// charts do not load it.
const callbacks: (() => void)[] = []

export function onLeave(f: () => void): void {
  callbacks.push(f)
}

export function leavePage(): void {
  for (const f of callbacks.splice(0)) f()
}
