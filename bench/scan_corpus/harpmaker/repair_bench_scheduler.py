"""Background job that assigns open repair tickets to workbenches and notifies the luthiers."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, field
from typing import Callable

import requests

log = logging.getLogger("harpmaker.repair_scheduler")


@dataclass
class Bench:
    name: str
    skills: set[str]
    queue: list[int] = field(default_factory=list)

    @property
    def load(self) -> int:
        return len(self.queue)


@dataclass
class RepairTicket:
    ticket_id: int
    needs: str
    rush: bool


def pick_bench(ticket: RepairTicket, benches: list[Bench]) -> Bench | None:
    capable = [b for b in benches if ticket.needs in b.skills]
    if not capable:
        return None
    lightest = min(b.load for b in capable)
    candidates = [b for b in capable if b.load == lightest]
    return random.choice(candidates)


def backoff_delays(attempts: int, base: float = 0.5, cap: float = 20.0):
    for attempt in range(attempts):
        yield min(cap, base * 2**attempt) * random.uniform(0.5, 1.0)


def notify_bench(webhook_url: str, bench: Bench, ticket: RepairTicket) -> bool:
    message = {"text": f"Repair #{ticket.ticket_id} ({ticket.needs}) assigned to {bench.name}"}
    for delay in backoff_delays(5):
        try:
            resp = requests.post(webhook_url, json=message, timeout=5)
            if resp.status_code < 500:
                return resp.ok
        except requests.RequestException as exc:
            log.info("bench notification failed (%s), retrying", type(exc).__name__)
        time.sleep(delay)
    return False


def run_once(
    load_open: Callable[[], list[RepairTicket]],
    save_assignment: Callable[[int, str], None],
    benches: list[Bench],
    webhook_url: str,
) -> int:
    tickets = sorted(load_open(), key=lambda t: (not t.rush, t.ticket_id))
    assigned = 0
    for ticket in tickets:
        bench = pick_bench(ticket, benches)
        if bench is None:
            log.warning("no bench can handle %s for ticket %s", ticket.needs, ticket.ticket_id)
            continue
        bench.queue.append(ticket.ticket_id)
        save_assignment(ticket.ticket_id, bench.name)
        notify_bench(webhook_url, bench, ticket)
        assigned += 1
    log.info("assigned %d of %d open repair tickets", assigned, len(tickets))
    return assigned
