"""Consumes result events from the trading platform and settles open bets."""
from __future__ import annotations

import logging
import os

import orjson
from kafka import KafkaConsumer

log = logging.getLogger("sportsbook.settlement")

TOPIC = "trading.results.v2"
VALID_OUTCOMES = {"win", "lose", "void", "half_win", "half_lose"}


def make_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        TOPIC,
        bootstrap_servers=os.environ["KAFKA_BOOTSTRAP"].split(","),
        group_id="bet-settlement",
        security_protocol="SSL",
        ssl_cafile=os.environ.get("KAFKA_CA_FILE"),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        value_deserializer=orjson.loads,
    )


def settle_from_stream(settler) -> None:
    consumer = make_consumer()
    for message in consumer:
        result = message.value
        outcomes = result.get("outcomes", {})
        unknown = {o for o in outcomes.values() if o not in VALID_OUTCOMES}
        if unknown:
            log.error("market %s has unknown outcomes %s; skipping", result.get("market_id"), unknown)
            consumer.commit()
            continue
        settled = settler.settle_market(result["market_id"], outcomes, resulted_at=result["resulted_at"])
        log.info("market %s resulted, %d bets settled", result["market_id"], settled)
        consumer.commit()
