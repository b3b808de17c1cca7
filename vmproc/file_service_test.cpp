// File-service ops through the queue: each op's success path and its exact errors.
