// sfn:verify wrote coverage data, sfn:coverage-report drew it, and sfn:coverage-check failed the
// build naming the Catch that no case took.
def log = new File(basedir, 'build.log').text

assert new File(basedir, 'target/sfn-coverage/verify/order.sfncov.json').isFile()
assert log.contains('order (1 executions): states 60.0% (3/5), transitions 50.0% (2/4), catches 0.0% (0/1), retriers 0.0% (0/1)')
def index = new File(basedir, 'target/site/sfn-coverage/index.html')
assert index.text.contains('<a href="order.html">order</a>')
assert new File(basedir, 'target/site/sfn-coverage/order.html').text.contains('class="edge catch uncovered"')
assert log.contains('order: catches covered 0.0% (0/1), below the minimum 100.0%. Not covered: Charge → Refund (Catch States.ALL)')
assert !log.contains('order: states covered')
assert log.contains('State machine coverage is under the minimums')
assert log.contains('BUILD FAILURE')
return true
