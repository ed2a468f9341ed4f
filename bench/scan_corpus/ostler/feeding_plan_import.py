"""Background import of feeding plans that owners upload from their nutritionist's software."""

import logging

import yaml
from celery import shared_task

from ostler.db import session_scope
from ostler.models import FeedingPlan, FeedLine, Horse
from ostler.storage import read_upload

logger = logging.getLogger(__name__)


class FeedingPlanParser:
    loader_cls = yaml.Loader
    meal_slots = ("breakfast", "lunch", "tea", "late_check")

    def parse(self, text: str) -> dict:
        document = yaml.load(text, Loader=self.loader_cls)
        if not isinstance(document, dict) or "horse" not in document:
            raise ValueError("feeding plan must name a horse")
        return document

    def lines(self, document: dict):
        for slot in self.meal_slots:
            for item in document.get("meals", {}).get(slot, []) or []:
                yield slot, item["feed"], float(item.get("scoops", 0)), item.get("notes", "")


@shared_task(bind=True, max_retries=2)
def import_feeding_plan(self, upload_id: str, owner_id: int) -> int:
    parser = FeedingPlanParser()
    document = parser.parse(read_upload(upload_id).decode("utf-8"))
    with session_scope() as session:
        horse = (
            session.query(Horse)
            .filter_by(owner_id=owner_id, name=str(document["horse"]))
            .one_or_none()
        )
        if horse is None:
            logger.warning("upload %s names unknown horse %r", upload_id, document["horse"])
            return 0
        plan = FeedingPlan(horse_id=horse.id, source="upload", notes=document.get("notes", ""))
        session.add(plan)
        count = 0
        for slot, feed, scoops, notes in parser.lines(document):
            session.add(FeedLine(plan=plan, slot=slot, feed=feed, scoops=scoops, notes=notes))
            count += 1
    return count
