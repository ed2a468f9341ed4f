"""Worker that manages the spool directory shared with the knitting machine controllers.

Messages arrive on the `knit.spool` queue from the planning service:
  {"action": "stage", "job_id": ..., "program": ..., "data": base64}
  {"action": "purge", "job_id": ..., "file": "..."}
"""
import base64
import json
import logging
import os
import re

import pika

log = logging.getLogger("hosier.spool")

SPOOL_DIR = os.environ.get("HOSIER_SPOOL_DIR", "/mnt/knitfloor/spool")
QUEUE = "knit.spool"
JOB_ID = re.compile(r"KJ-\d{6}-\d{3}")


def stage(job_id: str, program: str, data: str) -> str:
    if not JOB_ID.fullmatch(job_id):
        raise ValueError(f"unexpected job id {job_id!r}")
    name = f"{job_id}.kcp"
    path = os.path.join(SPOOL_DIR, name)
    with open(path, "wb") as fh:
        fh.write(base64.b64decode(data))
    log.info("staged %s for program %s", name, program)
    return path


def purge(job_id: str, file_name: str) -> None:
    target = os.path.join(SPOOL_DIR, file_name)
    if os.path.exists(target):
        os.remove(target)
        log.info("purged %s for job %s", file_name, job_id)
    else:
        log.debug("nothing to purge for job %s", job_id)


HANDLERS = {
    "stage": lambda m: stage(m["job_id"], m["program"], m["data"]),
    "purge": lambda m: purge(m["job_id"], m["file"]),
}


def on_message(channel, method, properties, body) -> None:
    msg = json.loads(body)
    handler = HANDLERS.get(msg.get("action"))
    if handler is None:
        log.warning("unknown spool action %r", msg.get("action"))
    else:
        handler(msg)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ["HOSIER_AMQP_URL"])
    conn = pika.BlockingConnection(params)
    ch = conn.channel()
    ch.queue_declare(queue=QUEUE, durable=True)
    ch.basic_qos(prefetch_count=10)
    ch.basic_consume(queue=QUEUE, on_message_callback=on_message)
    ch.start_consuming()


if __name__ == "__main__":
    main()
