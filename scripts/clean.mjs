// Removes the previous build so no stale entry is published.
import { rmSync } from 'node:fs';
rmSync('dist', { recursive: true, force: true });
