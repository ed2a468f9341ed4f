"""Autosave endpoint for the article editor.

The editor posts its serialized state every few seconds so that work survives
a browser crash or a dropped connection.
"""
import jsonpickle
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Draft
from .state import EditorState


@require_POST
@login_required
@permission_required("newsroom.change_draft", raise_exception=True)
def autosave(request, draft_id: int):
    draft = get_object_or_404(Draft, pk=draft_id)
    state = jsonpickle.decode(request.body.decode("utf-8"))
    if not isinstance(state, EditorState):
        return HttpResponseBadRequest("unexpected payload")
    draft.headline = state.headline
    draft.body = state.body
    draft.revision += 1
    draft.save(update_fields=["headline", "body", "revision"])
    return JsonResponse({"revision": draft.revision})
