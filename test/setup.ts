// Property tests draw a fresh seed each run; CI pins one (FC_SEED in .ci/run) so a red run is
// reproducible. A counterexample prints its seed and path: rerun with FC_SEED=<seed> to replay it.
import fc from 'fast-check';

const seed = process.env['FC_SEED'];
if (seed !== undefined && seed !== '') fc.configureGlobal({ seed: Number(seed) });
