/**
 * How many calls a second `run(n)` makes: the median of five rounds of `perRound` calls, after `warmUp`
 * calls so the JIT has compiled the code. Counted per second of this process's CPU time, because the
 * machine is shared and wall time would measure the neighbours; the wall-clock rate comes beside it.
 */
export function callsPerSecond(run: (n: number) => void, warmUp: number, perRound: number): { cpu: number; wall: number } {
  run(warmUp)
  const cpuRates: number[] = []
  const wallRates: number[] = []
  for (let r = 0; r < 5; r++) {
    const cpuBefore = process.cpuUsage()
    const began = process.hrtime.bigint()
    run(perRound)
    const wall = Number(process.hrtime.bigint() - began) / 1e9
    const cpu = process.cpuUsage(cpuBefore)
    cpuRates.push(perRound / ((cpu.user + cpu.system) / 1e6))
    wallRates.push(perRound / wall)
  }
  return { cpu: median(cpuRates), wall: median(wallRates) }
}

function median(xs: number[]): number {
  return Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)])
}
