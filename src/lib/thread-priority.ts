/**
 * Lowers the calling thread's priority by `steps` of niceness, never past the lowest there is.
 * On Linux each thread has its own niceness, so this lowers only the calling thread (and the
 * threads and processes it starts afterwards). A thread may lower its priority but not raise it
 * again. On a platform without priorities nothing changes and nothing fails: the work only
 * competes a little more.
 */
import { getPriority, setPriority } from 'node:os';

const LOWEST = 19;

export function lowerThreadPriority(steps: number): void {
  try {
    setPriority(Math.min(LOWEST, getPriority() + steps));
  } catch {
    // No priorities here.
  }
}
