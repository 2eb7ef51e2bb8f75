"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/form-action";
import { deleteCreatorAndData } from "@/lib/services/delete-creator";
import { deleteCreatorSchema } from "@/lib/validation/data";

// next-auth's session cookie, plain over http and __Secure- over https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export const deleteCreatorAction = formAction(deleteCreatorSchema, async (input, user) => {
  if (input.confirmEmail !== user.email.toLowerCase()) {
    return {
      status: "error",
      message: "Nothing was deleted.",
      fieldErrors: { confirmEmail: [`Type ${user.email} exactly to confirm.`] },
    };
  }
  await deleteCreatorAndData(user.id);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect("/signin?deleted=1");
});
