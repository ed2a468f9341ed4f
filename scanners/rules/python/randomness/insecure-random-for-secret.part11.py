import hashlib
import random
import secrets
import time

from celery import shared_task


class DownloadTicketIssuer:
    def __init__(self, store):
        self.store = store

    def _new(self, user_id):
        # ruleid: insecure-random-for-secret
        raw = f"{user_id}-{time.time_ns()}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def issue(self, user_id):
        ticket = self._new(user_id)
        self.store.put(ticket, user_id)
        return ticket


class LoginTicketFactory:
    def make(self, account):
        # ruleid: insecure-random-for-secret
        return "LT-" + "".join(random.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=24))


class HelpdeskTicket:
    def __init__(self, subject):
        self.subject = subject
        # ok: insecure-random-for-secret
        self.queue = random.choice(["first-line", "second-line"])


class SecureTicketIssuer:
    def _new(self, user_id):
        # ok: insecure-random-for-secret
        return secrets.token_urlsafe(32)


def new_door_code():
    return f"{secrets.randbelow(10 ** 6):06d}"


@shared_task
def rotate_door_codes(sites):
    for site in sites:
        site.door_code = new_door_code()
        send_door_code.apply_async(
            args=[site.id],
            # ok: insecure-random-for-secret
            countdown=random.randint(0, 600),
        )


def schedule_code_reminders(queue, users):
    for user in users:
        # ok: insecure-random-for-secret
        queue.enqueue_in_seconds(remind_code, user.id, delay=random.randint(5, 120))


def reissue_codes(queue, users):
    for user in users:
        # ruleid: insecure-random-for-secret
        queue.enqueue(store_code, user.id, code=random.randint(100000, 999999), delay=30)


@shared_task
def send_door_code(site_id):
    pass


def remind_code(user_id):
    pass


def store_code(user_id, code):
    pass
