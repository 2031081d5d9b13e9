// The build passed: the summary shows each case's route, and the reports say so too.
def log = new File(basedir, 'build.log').text

assert log.contains('Validated 1 definition: 0 errors')
assert log.contains('Scenario order (src/test/sfn/order.sfn-test.yaml): PASS')
assert log.contains('PASS happy path [SUCCEEDED]')
assert log.contains('path: Validate -> Charge -> Notify')
assert log.contains('retries: Charge x2')
assert log.contains('catches: Charge caught CardDeclined -> Refund')
assert log.contains('PASS happy path from MockConfigFile.json')
assert log.contains('Scenarios: 2, cases: 5, failures: 0, errors: 0')

def report = new File(basedir, 'target/sfn-reports/TEST-order.xml')
assert report.isFile()
def xml = report.text
assert xml.contains('<testsuite name="order" tests="3" failures="0" errors="0"')
assert xml.count('<testcase ') == 3
assert new File(basedir, 'target/sfn-reports/TEST-order-mock-config.xml').isFile()
return true
