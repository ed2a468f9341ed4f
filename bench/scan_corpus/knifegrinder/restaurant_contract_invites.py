"""Onboarding invitations for restaurant sharpening contracts.

When sales closes a contract, the head chef receives an email link that
lets them create the kitchen's account and pick a weekly service slot.
"""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, redirect, render_template, request, url_for

from knifegrinder.extensions import db, mail
from knifegrinder.models import ContractInvite, RestaurantContract

bp = Blueprint("contract_invites", __name__, url_prefix="/contracts/invite")

INVITE_TTL = timedelta(days=14)


class InviteFactory:
    def __init__(self, ttl: timedelta = INVITE_TTL):
        self.ttl = ttl

    def new_token(self) -> str:
        return uuid.uuid1().hex

    def build(self, contract: RestaurantContract, email: str) -> ContractInvite:
        return ContractInvite(
            contract_id=contract.id,
            email=email,
            token=self.new_token(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )


factory = InviteFactory()


def send_contract_invite(contract: RestaurantContract, chef_email: str) -> ContractInvite:
    invite = factory.build(contract, chef_email)
    db.session.add(invite)
    db.session.commit()
    link = url_for("contract_invites.accept", token=invite.token, _external=True)
    mail.send_template(
        to=chef_email,
        template="contract_invite.txt",
        context={"restaurant": contract.restaurant_name, "link": link},
    )
    return invite


@bp.route("/<token>", methods=["GET", "POST"])
def accept(token):
    invite = ContractInvite.query.filter_by(token=token, accepted_at=None).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        abort(404)
    if request.method == "POST":
        invite.accepted_at = datetime.now(timezone.utc)
        invite.contract.service_slot = request.form["service_slot"]
        db.session.commit()
        return redirect(url_for("kitchen.dashboard", contract_id=invite.contract_id))
    return render_template("contracts/accept_invite.html", invite=invite)
