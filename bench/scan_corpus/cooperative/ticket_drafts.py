"""Autosave for the multi-step maintenance request form.

The browser posts the serialized wizard state on every step so a tenant
can resume later, possibly from another device.
"""
import jsonpickle
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

from maintenance.models import TicketDraft
from maintenance.wizard import WizardState


@login_required
@require_POST
def save_draft(request):
    state = jsonpickle.decode(request.body.decode("utf-8"))
    if not isinstance(state, WizardState):
        return JsonResponse({"error": "unexpected draft format"}, status=400)
    draft, _ = TicketDraft.objects.update_or_create(
        member=request.user.member,
        defaults={"step": state.step, "data": jsonpickle.encode(state)},
    )
    return JsonResponse({"saved": True, "step": draft.step})


@login_required
@require_GET
def load_draft(request):
    draft = TicketDraft.objects.filter(member=request.user.member).first()
    if draft is None:
        return JsonResponse({"state": None})
    return JsonResponse({"state": draft.data, "step": draft.step})


@login_required
@require_POST
def discard_draft(request):
    TicketDraft.objects.filter(member=request.user.member).delete()
    return JsonResponse({"discarded": True})
