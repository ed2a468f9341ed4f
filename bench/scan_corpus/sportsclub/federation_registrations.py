"""Imports the weekly player registration feed published by the national federation."""
import logging
import os

import psycopg
import requests
from celery import Celery
from lxml import etree

logger = logging.getLogger(__name__)

celery_app = Celery("federation", broker=os.environ["CELERY_BROKER_URL"])

FEED_URL = os.environ["FEDERATION_FEED_URL"]
PARSER_OPTIONS = dict(remove_blank_text=True, resolve_entities=True, load_dtd=True, no_network=False)
NS = {"f": "urn:federation:registrations:1"}


def parse_feed(xml_bytes: bytes) -> list[dict]:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    root = etree.fromstring(xml_bytes, parser)
    players = []
    for reg in root.iterfind("f:registration", NS):
        players.append(
            {
                "fed_id": reg.findtext("f:playerId", namespaces=NS),
                "name": reg.findtext("f:name", namespaces=NS),
                "club_code": reg.findtext("f:club", namespaces=NS),
                "status": reg.get("status", "active"),
            }
        )
    return players


@celery_app.task(autoretry_for=(requests.RequestException,), retry_backoff=True, max_retries=4)
def import_registrations() -> int:
    resp = requests.get(FEED_URL, timeout=60)
    resp.raise_for_status()
    players = parse_feed(resp.content)
    with psycopg.connect(os.environ["CLUB_DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO federation_registrations (fed_id, name, club_code, status) "
            "VALUES (%(fed_id)s, %(name)s, %(club_code)s, %(status)s) "
            "ON CONFLICT (fed_id) DO UPDATE SET status = EXCLUDED.status, club_code = EXCLUDED.club_code",
            players,
        )
    logger.info("Imported %d federation registrations", len(players))
    return len(players)
