"""The login lockout of django-axes as this site uses it: the client's address, the lockouts in force."""

import ipaddress
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Max, Sum
from django.http import HttpRequest
from django.utils import timezone

from axes.models import AccessAttempt


@dataclass(frozen=True)
class Sperre:
    username: str
    ip_address: str | None
    gesperrt_bis: datetime


def client_ip_address(request: HttpRequest) -> str | None:
    """Behind the TLS proxy: the address the proxy appended last to X-Forwarded-For (earlier entries are the
    client's own word); without a valid one, the connection's address."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").rsplit(",", 1)[-1].strip()
    try:
        return str(ipaddress.ip_address(forwarded))
    except ValueError:
        return request.META.get("REMOTE_ADDR")


def aktive_sperren(**filters) -> list[Sperre]:
    """Lockouts in force: (account, address) pairs with the limit of failures within the cool-off time, summed
    over user agents as axes counts them. Failures during a lockout are not counted, so the last one started it."""
    rows = (
        AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME, **filters)
        .values("username", "ip_address")
        .annotate(fehlversuche=Sum("failures_since_start"), letzter=Max("attempt_time"))
        .filter(fehlversuche__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-letzter")
    )
    return [Sperre(row["username"], row["ip_address"], row["letzter"] + settings.AXES_COOLOFF_TIME) for row in rows]
