"""Installation permit requests sent to cemetery offices, with a retrieval reference."""

import uuid
from dataclasses import dataclass, field
from datetime import date

from stonecarver.mail import send_template_mail
from stonecarver.settings import PERMIT_PORTAL_URL
from stonecarver.storage import permit_bucket


@dataclass
class PermitRequest:
    order_id: int
    cemetery_code: str
    section: str
    plot: str
    install_date: date
    access_ref: str = field(default_factory=lambda: uuid.uuid1().hex)


class PermitPortal:
    """Creates permit requests and serves the packet to the cemetery office."""

    def __init__(self, repo):
        self.repo = repo

    def open_request(self, order_id, cemetery_code, section, plot, install_date) -> PermitRequest:
        req = PermitRequest(order_id, cemetery_code, section, plot, install_date)
        self.repo.save(req)
        return req

    def notify_cemetery(self, req: PermitRequest, office_email: str) -> None:
        send_template_mail(
            to=office_email,
            template="permits/request.txt",
            context={
                "request": req,
                "review_url": f"{PERMIT_PORTAL_URL}/permits/{req.access_ref}",
            },
        )

    def download_packet(self, access_ref: str) -> bytes:
        req = self.repo.by_access_ref(access_ref)
        if req is None:
            raise LookupError("unknown permit reference")
        return permit_bucket.read(f"packets/{req.order_id}.pdf")
