"""Each worker process's own copy of the pages it served from the shared cache, so a hit skips reading, decompressing
and unpickling the stored page (the shared file cache compresses every entry).

Never stale: an entry is found only under the key of the shared cache, which holds the generation read from the
shared cache for this request; when the generation changes, the copies of the old one are dropped. Bounded by
`SEITENCACHE_PROZESS_BYTES` of page bodies per process (0 switches the copy off); the least recently used goes first.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse


@dataclass(frozen=True)
class Eintrag:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def response(self) -> HttpResponse:
        """A new response per request: later middleware adds its headers to it, never to the stored copy."""
        return HttpResponse(self.body, status=self.status, headers=dict(self.headers))


class Prozessspeicher:
    def __init__(self):
        self._lock = threading.Lock()
        self._eintraege: OrderedDict[str, Eintrag] = OrderedDict()
        self._bytes = 0
        self._generation = None

    def _generation_pruefen(self, generation: str) -> None:
        if generation != self._generation:
            self._eintraege.clear()
            self._bytes = 0
            self._generation = generation

    def get(self, generation: str, key: str) -> HttpResponse | None:
        with self._lock:
            self._generation_pruefen(generation)
            eintrag = self._eintraege.get(key)
            if eintrag is None:
                return None
            self._eintraege.move_to_end(key)
        return eintrag.response()

    def set(self, generation: str, key: str, response: HttpResponse) -> None:
        limit = settings.SEITENCACHE_PROZESS_BYTES
        body = response.content
        if len(body) > limit:
            return
        eintrag = Eintrag(response.status_code, tuple(response.items()), body)
        with self._lock:
            self._generation_pruefen(generation)
            if key in self._eintraege:
                self._bytes -= len(self._eintraege.pop(key).body)
            self._eintraege[key] = eintrag
            self._bytes += len(body)
            while self._bytes > limit:
                _, alt = self._eintraege.popitem(last=False)
                self._bytes -= len(alt.body)


prozessspeicher = Prozessspeicher()
