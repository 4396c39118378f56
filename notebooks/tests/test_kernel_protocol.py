"""Drives the installed Gram kernel over the Jupyter protocol with Debian's jupyter_client: an
interrupt stops a long run, System.exit leaves the kernel alive, errors are short, completion works.
One kernel serves every test, as in a notebook session: each test leaves it usable for the next.

usage: /usr/bin/python3 test_kernel_protocol.py   (after notebooks/install)
"""
import os
import queue
import re
import subprocess
import sys
import threading
import time
import unittest

from jupyter_client.manager import start_new_kernel

NOTEBOOKS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LONG_RUN = 'var big = Notebook.load("../scenario-library/reference-v1.gram").paths(200_000).run();'
# Java 17 warns on the kernel's stderr that security managers are going away; the kernel installs
# one on purpose (to refuse System.exit), so those four lines are expected and not shown.
EXPECTED_STDERR = re.compile(r"WARNING: (A terminally deprecated method|System::setSecurityManager|"
                             r"Please consider reporting this to the maintainers of io\.gramkit)")


def forward_stderr(stream):
    """Copies the kernel's stderr to ours, less the expected warnings."""
    for line in iter(stream.readline, b""):
        text = line.decode(errors="replace")
        if not EXPECTED_STDERR.match(text):
            sys.stderr.write(text)


class KernelProtocolTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        started = time.monotonic()
        cls.manager, cls.client = start_new_kernel(kernel_name="gram", cwd=NOTEBOOKS, startup_timeout=60,
                                                   stderr=subprocess.PIPE)
        threading.Thread(target=forward_stderr, args=(cls.manager.provisioner.process.stderr,), daemon=True).start()
        cls.startup_seconds = time.monotonic() - started

    @classmethod
    def tearDownClass(cls):
        cls.client.stop_channels()
        cls.manager.shutdown_kernel(now=False)

    def execute(self, code, timeout=120):
        """Runs a cell; returns the reply's content and the cell's iopub messages."""
        messages = []
        reply = self.client.execute_interactive(code, timeout=timeout, output_hook=messages.append)
        return reply["content"], messages

    def result_text(self, messages):
        results = [m["content"]["data"] for m in messages if m["msg_type"] == "execute_result"]
        return results[-1].get("text/plain") if results else None

    def error(self, messages):
        errors = [m["content"] for m in messages if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1, f"expected one error, got {messages}")
        return errors[0]

    def assert_short_error(self, error, *expected):
        traceback = "\n".join(error["traceback"])
        for text in expected:
            self.assertIn(text, traceback)
        self.assertNotIn("\tat ", traceback, "the error shows a Java stack trace")
        self.assertLessEqual(len(traceback.splitlines()), 12, traceback)

    def assert_alive(self):
        self.assertTrue(self.manager.is_alive())
        reply, messages = self.execute("1 + 1")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(self.result_text(messages), "2")

    def interrupt_and_wait(self, code, run_for):
        """Starts code, interrupts it after run_for seconds; returns (reply, seconds the stop took)."""
        msg_id = self.client.execute(code)
        time.sleep(run_for)
        interrupted = time.monotonic()
        self.manager.interrupt_kernel()
        deadline = interrupted + 30
        while time.monotonic() < deadline:
            try:
                reply = self.client.get_shell_msg(timeout=1)
            except queue.Empty:
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"], time.monotonic() - interrupted
        self.fail(f"no reply within 30 s of interrupting: {code}")

    def iopub_error(self):
        """The error the last interrupted cell published on iopub."""
        while True:
            message = self.client.get_iopub_msg(timeout=10)
            if message["msg_type"] == "error":
                return message["content"]

    def test_kernel_starts_quickly(self):
        print(f"(started in {self.startup_seconds:.1f} s) ", end="", file=sys.stderr, flush=True)
        self.assertLess(self.startup_seconds, 30)

    def test_interrupt_stops_a_long_run(self):
        reply, seconds = self.interrupt_and_wait(LONG_RUN, run_for=4)
        print(f"(stopped {seconds:.1f} s after the interrupt) ", end="", file=sys.stderr, flush=True)
        self.assertEqual(reply["status"], "error")
        self.assert_short_error(self.iopub_error(), "Interrupted")
        self.assertLess(seconds, CellStopLimit.SECONDS)
        self.assert_alive()

    def test_interrupt_stops_a_loop_that_ignores_it(self):
        reply, seconds = self.interrupt_and_wait("while (System.nanoTime() > 0) { }", run_for=1)
        print(f"(stopped {seconds:.1f} s after the interrupt) ", end="", file=sys.stderr, flush=True)
        self.assertEqual(reply["status"], "error")
        self.assert_short_error(self.iopub_error(), "stopped by force")
        self.assertLess(seconds, CellStopLimit.SECONDS + 3)
        self.assert_alive()

    def test_system_exit_leaves_the_kernel_alive(self):
        for code in ("System.exit(0)", "Runtime.getRuntime().halt(3)"):
            reply, messages = self.execute(code)
            self.assertEqual(reply["status"], "error")
            self.assert_short_error(self.error(messages), "was refused", "Kernel > Restart")
            self.assert_alive()

    def test_an_exception_prints_a_short_message(self):
        reply, messages = self.execute('throw new RuntimeException("outer", new java.io.IOException("inner"))')
        self.assertEqual(reply["status"], "error")
        self.assert_short_error(self.error(messages), "RuntimeException: outer", "caused by IOException: inner")

    def test_bad_scenario_text_prints_the_kits_diagnostics(self):
        reply, messages = self.execute('Notebook.parse("bad.gram", "scenario {")')
        self.assertEqual(reply["status"], "error")
        self.assert_short_error(self.error(messages), "InputException", "bad.gram:1:", "error:")

    def test_a_compile_error_points_into_the_cell(self):
        reply, messages = self.execute('int ok = 1;\nint x = "a";')
        self.assertEqual(reply["status"], "error")
        self.assert_short_error(self.error(messages), "cell:2:9: error: incompatible types", '2 | int x = "a";')

    def test_a_run_shows_as_html_with_a_text_fallback(self):
        reply, messages = self.execute('Notebook.load("../scenario-library/reference-v1.gram").paths(200).run()')
        self.assertEqual(reply["status"], "ok")
        data = [m["content"]["data"] for m in messages if m["msg_type"] == "execute_result"][-1]
        self.assertIn("<table", data["text/html"])
        self.assertIn("max discount above 1%", data["text/plain"])

    def test_completion_offers_the_facade(self):
        code = "Notebook.lo"
        self.client.complete(code, len(code))
        reply = self.client.get_shell_msg(timeout=30)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertIn("load(", reply["content"]["matches"])
        self.assertEqual(reply["content"]["cursor_start"], len("Notebook."))


class CellStopLimit:
    """An interrupted run must end within this many seconds (the simulator checks once a day)."""
    SECONDS = 10


if __name__ == "__main__":
    unittest.main(verbosity=2)
