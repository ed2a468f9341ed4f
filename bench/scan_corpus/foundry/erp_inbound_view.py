"""Inbound endpoint for the ERP integration bus.

The ERP middleware posts production orders, routing changes and item
master updates here; each message type has its own handler.
"""
import logging

import jsonpickle as jp
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from erp.auth import require_integration_key
from erp.handlers import HANDLERS

log = logging.getLogger(__name__)


@csrf_exempt
@require_POST
@require_integration_key
def inbound(request):
    try:
        message = jp.decode(request.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return HttpResponseBadRequest("malformed message")
    if not isinstance(message, dict):
        return HttpResponseBadRequest("expected an object")

    kind = message.get("kind")
    handler = HANDLERS.get(kind)
    if handler is None:
        log.info("ignoring ERP message kind=%s", kind)
        return JsonResponse({"status": "ignored"}, status=202)

    result = handler(message.get("payload", {}))
    log.info("processed ERP message kind=%s id=%s", kind, message.get("id"))
    return JsonResponse({"status": "ok", "result": result})
