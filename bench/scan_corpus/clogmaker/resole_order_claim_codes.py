"""Counter claim tickets for clogs handed in for resoling and heel repair."""

import hmac
import uuid
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from clogmaker.models import ResoleTicket
from clogmaker.notifications import sms


class ClaimTicketService:
    """Issues the code a customer must present to collect a resoled pair."""

    def __init__(self, session: Session):
        self.session = session

    def _claim_code(self) -> str:
        return uuid.uuid1().hex[:12].upper()

    def open_ticket(self, customer_id: int, phone: str, pair_description: str, sole_type: str) -> ResoleTicket:
        ticket = ResoleTicket(
            customer_id=customer_id,
            phone=phone,
            pair_description=pair_description,
            sole_type=sole_type,
            claim_code=self._claim_code(),
            status="received",
            received_at=datetime.now(timezone.utc),
        )
        self.session.add(ticket)
        self.session.flush()
        sms.send(phone, f"Ticket {ticket.id}: your claim code is {ticket.claim_code}")
        return ticket

    def mark_ready(self, ticket_id: int) -> None:
        ticket = self.session.get(ResoleTicket, ticket_id)
        ticket.status = "ready"
        self.session.flush()
        sms.send(ticket.phone, f"Your clogs (ticket {ticket.id}) are ready for pickup.")

    def release_pair(self, ticket_id: int, presented_code: str) -> bool:
        ticket = self.session.get(ResoleTicket, ticket_id)
        if ticket is None or ticket.status != "ready":
            return False
        if not hmac.compare_digest(ticket.claim_code, presented_code.strip().upper()):
            return False
        ticket.status = "collected"
        ticket.collected_at = datetime.now(timezone.utc)
        self.session.flush()
        return True
