"""Run inside the cable's network namespace: accept TCP connections on ADDRESS:PORT and pass
their bytes both ways to SERVER:SERVER_PORT (the test cluster, on the host's end of the
cable), one thread a direction.

    python cable_forwarder.py ADDRESS PORT SERVER SERVER_PORT

Prints "listening" once it accepts connections.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading


def pump(source: socket.socket, target: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
    for end in (source, target):
        with contextlib.suppress(OSError):
            end.shutdown(socket.SHUT_RDWR)


def serve(address: str, port: int, server_address: str, server_port: int) -> None:
    listener = socket.create_server((address, port), reuse_port=False)
    print("listening", flush=True)
    while True:
        client, _ = listener.accept()
        try:
            server = socket.create_connection((server_address, server_port), timeout=5)
        except OSError:
            client.close()
            continue
        server.settimeout(None)
        threading.Thread(target=pump, args=(client, server), daemon=True).start()
        threading.Thread(target=pump, args=(server, client), daemon=True).start()


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
