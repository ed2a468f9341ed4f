"""Account activation invites sent after a client's first in-shop consultation."""
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse

from hatter.clients.models import ActivationInvite, Client

INVITE_VALID_FOR = timedelta(days=14)


class InviteService:
    def __init__(self, sender: str = settings.DEFAULT_FROM_EMAIL):
        self.sender = sender

    def create(self, client: Client) -> ActivationInvite:
        ActivationInvite.objects.filter(client=client, used_at__isnull=True).delete()
        return ActivationInvite.objects.create(
            client=client,
            token=uuid.uuid1().hex,
            expires_at=datetime.now(timezone.utc) + INVITE_VALID_FOR,
        )

    def send(self, client: Client, base_url: str) -> None:
        invite = self.create(client)
        link = base_url + reverse("clients:activate", args=[invite.token])
        send_mail(
            "Your measurements are ready to view online",
            f"Dear {client.first_name},\n\nActivate your account here: {link}\n",
            self.sender,
            [client.email],
        )


def activate(request, token: str):
    invite = ActivationInvite.objects.filter(token=token, used_at__isnull=True).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        raise Http404("invite expired")
    invite.used_at = datetime.now(timezone.utc)
    invite.save(update_fields=["used_at"])
    request.session["pending_client_id"] = invite.client_id
    return redirect("clients:set_password")
