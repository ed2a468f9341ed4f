"""Applies real-time forecast updates relayed to us by the industry data hub.

The hub publishes to an SNS topic we subscribe an SQS queue to; each message
body is one serialised forecast update for a single service.
"""
import logging
import os

import boto3
import jsonpickle

from forecasts.sink import apply_update

log = logging.getLogger(__name__)

QUEUE_URL = os.environ["FORECAST_QUEUE_URL"]
BATCH = 10


def _client():
    return boto3.client("sqs", region_name=os.environ.get("AWS_REGION", "eu-west-2"))


def poll_once(sqs) -> int:
    resp = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=BATCH, WaitTimeSeconds=20)
    handled = 0
    for message in resp.get("Messages", []):
        update = jsonpickle.decode(message["Body"])
        try:
            apply_update(update)
        except Exception:
            log.exception("failed to apply forecast for message %s", message["MessageId"])
            continue
        sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])
        handled += 1
    return handled


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    sqs = _client()
    while True:
        count = poll_once(sqs)
        if count:
            log.info("applied %d forecast updates", count)


if __name__ == "__main__":
    main()
