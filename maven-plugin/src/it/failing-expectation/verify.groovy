// The broken expectation failed the build with expected vs actual path, and the report has it.
def log = new File(basedir, 'build.log').text

assert log.contains('PASS happy path')
assert log.contains('FAIL declined card should be retried [FAILED]')
assert log.contains('Expecting the path (states entered) to be exactly:\n[ERROR]         [Validate, Charge, Charge, Refund, OrderFailed]') ||
    log.contains('[Validate, Charge, Charge, Refund, OrderFailed]')
assert log.contains('but was:')
assert log.contains('[Validate, Charge, Refund, OrderFailed]')
assert log.contains('first difference at index 2: expected "Charge" but was "Refund"')
assert log.contains('first difference at $.Payload.orderId: expected "o-3" but was "o-2"')
assert log.contains('There are scenario failures.')
// The failing case was drawn, the failure names the picture; the passing case was not drawn.
def picture = new File(basedir, 'target/sfn-reports/order/declined_card_should_be_retried.svg')
assert picture.text.startsWith('<svg')
assert picture.text.contains('class="edge catch taken caught"')
assert log.contains('picture: ' + picture.path)
assert !new File(basedir, 'target/sfn-reports/order/happy_path.svg').exists()
assert new File(basedir, 'target/sfn-coverage/verify/order.sfncov.json').isFile()
assert log.contains('BUILD FAILURE')

def xml = new File(basedir, 'target/sfn-reports/TEST-order.xml').text
assert xml.contains('tests="2" failures="1" errors="0"')
// the whole message, its line breaks as character references, as Surefire writes them
assert xml.contains('<failure message="Expecting the path (states entered) to be exactly:&#10;  [Validate, Charge, Charge, Refund, OrderFailed]&#10;but was:')
assert xml.contains('expect.calls.Charge[0]')
return true
