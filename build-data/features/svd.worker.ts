// Worker-thread entry of truncatedSvdInThread (feature-threads.ts): one SVD, its columns transferred.
import { parentPort, workerData } from "node:worker_threads";
import type { SvdTask } from "./feature-threads.ts";
import { truncatedSvd } from "./svd.ts";

const { matrix, rank, options } = workerData as SvdTask;
const svd = truncatedSvd(matrix, rank, options);
// Transferred, not copied: the columns are fresh ArrayBuffers only this thread holds.
const buffers = [svd.s, ...svd.u].map((array) => array.buffer as ArrayBuffer);
parentPort!.postMessage(svd, buffers);
