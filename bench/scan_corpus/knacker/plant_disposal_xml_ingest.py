"""Ingests disposal confirmations that rendering plants upload as XML.

Plants drop a file per batch into the partner bucket; a Celery task picks
each new object up and marks the listed carcasses as disposed.
"""
import boto3
from celery import shared_task
from lxml import etree

from knacker.config import settings
from knacker.disposal.service import record_disposal

NS = {"d": "urn:knacker:disposal:1"}

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _read_object(key: str) -> bytes:
    s3 = boto3.client("s3", region_name=settings.AWS_REGION)
    obj = s3.get_object(Bucket=settings.PARTNER_BUCKET, Key=key)
    return obj["Body"].read()


def parse_confirmation(blob: bytes) -> list[dict]:
    root = etree.fromstring(blob, _parser)
    plant = root.get("plantId")
    confirmations = []
    for item in root.iterfind("d:carcass", NS):
        confirmations.append(
            {
                "plant_id": plant,
                "collection_ref": item.findtext("d:collectionRef", namespaces=NS),
                "ear_tag": item.findtext("d:earTag", namespaces=NS),
                "method": item.findtext("d:method", default="RENDER", namespaces=NS),
                "disposed_at": item.findtext("d:disposedAt", namespaces=NS),
            }
        )
    return confirmations


@shared_task(bind=True, max_retries=3, default_retry_delay=120)
def ingest_confirmation(self, key: str) -> int:
    try:
        blob = _read_object(key)
    except Exception as exc:
        raise self.retry(exc=exc)
    rows = parse_confirmation(blob)
    for row in rows:
        record_disposal(**row, source_object=key)
    return len(rows)
