// The demo's worker: reportage's own worker thread (pkg/worker-thread.js, same messages, same
// progress), whose results leave as JSON in one transferred buffer (see chunked.js) so that the
// page can read a large one without blocking. The client in pkg/worker.js passes them on as
// they come.
import "./pkg/worker-thread.js";
import { pack } from "./chunked.js";

// The thread answers by calling the global postMessage once its module has run, so a result
// goes through this one.
const post = self.postMessage.bind(self);
self.postMessage = (message, ...rest) => {
  if (message?.type !== "result") return post(message, ...rest);
  const result = { ...pack(message.result), ms: message.ms };
  return post({ ...message, result }, [result.bytes]);
};
