// sfn:start served the definitions, the failsafe IT ran a state machine through it, sfn:stop ended it.
def log = new File(basedir, 'build.log').text

assert log.contains('Created state machine hello from hello.asl.json')
assert log =~ /Step Functions API at http:\/\/127\.0\.0\.1:\d+ \(sfn\.endpoint\)/
assert log.contains('HelloIT saw {"greeting":"Hello, Ada!"}')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log =~ /Stopped the Step Functions API at http:\/\/127\.0\.0\.1:\d+/
assert log.indexOf('Stopped the Step Functions API') > log.indexOf('HelloIT saw')
return true
