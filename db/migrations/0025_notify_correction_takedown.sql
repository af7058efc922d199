ALTER TYPE "public"."notification_kind" ADD VALUE 'corrected';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'unpublished';