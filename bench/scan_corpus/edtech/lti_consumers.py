"""LTI 1.1 consumer registrations for the legacy quiz tool.

Each partner institution launches us with its own consumer key; the
matching shared secret is used to check the OAuth 1.0a launch signature.
"""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Consumer:
    key: str
    secret: str
    institution: str
    grade_passback: bool = True


def _env_secret(name: str) -> str:
    return os.environ.get(name, "")


CONSUMERS: dict[str, Consumer] = {
    "moodle-central": Consumer("moodle-central", _env_secret("LTI_SECRET_MOODLE_CENTRAL"), "Central University"),
    "canvas-eastbay": Consumer("canvas-eastbay", _env_secret("LTI_SECRET_CANVAS_EASTBAY"), "East Bay Community College"),
    "bb-northfield": Consumer("bb-northfield", "9f4c2e7a1b8d3f6e0a5c9b2d7e4f1a3c", "Northfield College", grade_passback=False),
}


class UnknownConsumer(LookupError):
    pass


def get_consumer(consumer_key: str) -> Consumer:
    consumer = CONSUMERS.get(consumer_key)
    if consumer is None or not consumer.secret:
        raise UnknownConsumer(consumer_key)
    return consumer


def passback_enabled(consumer_key: str) -> bool:
    return get_consumer(consumer_key).grade_passback
