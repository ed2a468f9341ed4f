"""Celery tasks that rotate key-safe codes and remind keyholders.

Each tower's key-safe code is rotated monthly; keyholders receive the new
code by email. Reminder sends are staggered so the mail relay is not hit
by every tower at the same second.
"""
import random
import secrets

from celery import shared_task
from celery.utils.log import get_task_logger

from bellringer.db import session_scope
from bellringer.mail import send_keyholder_notice
from bellringer.models import Tower

logger = get_task_logger(__name__)

CODE_DIGITS = 6
MAX_STAGGER_SECONDS = 900


def new_keysafe_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


@shared_task(bind=True, max_retries=5)
def notify_keyholders(self, tower_id: int) -> None:
    with session_scope() as session:
        tower = session.get(Tower, tower_id)
        try:
            for holder in tower.keyholders:
                send_keyholder_notice(holder.email, tower.name, tower.keysafe_code)
        except ConnectionError as exc:
            delay = (2 ** self.request.retries) * 30 + random.uniform(0, 30)
            raise self.retry(exc=exc, countdown=delay)


@shared_task
def rotate_all_keysafe_codes() -> int:
    rotated = 0
    with session_scope() as session:
        towers = session.query(Tower).filter(Tower.has_keysafe.is_(True)).all()
        for tower in towers:
            tower.keysafe_code = new_keysafe_code()
            rotated += 1
            notify_keyholders.apply_async(
                args=[tower.id],
                countdown=random.randint(0, MAX_STAGGER_SECONDS),
            )
    logger.info("Rotated key-safe codes for %d towers", rotated)
    return rotated
