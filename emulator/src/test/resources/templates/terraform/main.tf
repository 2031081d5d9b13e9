# How the definition is deployed; the test passes the same variables to TerraformTemplate.render.
resource "aws_sfn_state_machine" "thumbnails" {
  name     = "thumbnails"
  role_arn = aws_iam_role.sfn.arn
  definition = templatefile("${path.module}/statemachine.asl.json", {
    resize_function_arn = aws_lambda_function.resize.arn
    bucket              = aws_s3_bucket.images.bucket
    sizes               = [128, 512]
    max_attempts        = 3
    table_name          = aws_dynamodb_table.thumbnails.name
  })
}
